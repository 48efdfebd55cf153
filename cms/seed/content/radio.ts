// Demo content: the radio show « Les Ondes de la Coopé » and its first two episodes.
import type { DemoEpisode } from './types'

export type DemoShow = {
  title: string
  slug: string
  description: string
  owner: { name: string; email: string }
  author: string
}

export const show: DemoShow = {
  title: 'Les Ondes de la Coopé',
  slug: 'les-ondes-de-la-coope',
  description:
    'L’émission des habitant·es de Valmont-sur-Loire, enregistrée dans les trois maisons de la Coopé, sur les marchés et dans les fêtes de quartier. Reportages, portraits et paroles d’habitant·es : chaque épisode part à la rencontre de celles et ceux qui font vivre nos quartiers. Une transcription accompagne chaque épisode.',
  owner: { name: 'La Coopé', email: 'radio@la-coope-valmont.fr' },
  author: 'Radio de la Coopé',
}

export const episodes: DemoEpisode[] = [
  {
    title: 'Aux fourneaux de l’atelier cuisine des Tilleuls',
    slug: 'aux-fourneaux-de-l-atelier-cuisine-des-tilleuls',
    description:
      'Chaque mercredi, la cuisine de la Maison des Tilleuls réunit des habitant·es de tous âges autour d’une recette de saison. Nous avons passé l’après-midi avec elles et eux, entre épluchures, éclats de rire et dégustation.',
    audio: 'episode-1.mp3',
    number: 1,
    season: 1,
    daysAgo: 21,
    transcript:
      'Yanis : Bonjour à toutes et à tous, et bienvenue dans Les Ondes de la Coopé ! Aujourd’hui, on est dans la cuisine de la Maison des Tilleuls, et ça sent très bon. Martine, qu’est-ce qu’on prépare ? Martine : Un gratin de courges et une soupe de fanes, avec ce qui restait au marché. Ici, on ne jette rien ! Yanis : Et qui vient à l’atelier ? Martine : Un peu tout le monde : des mamans avec leurs enfants, des retraité·es, des étudiant·es. Chacun·e apporte une recette de chez soi. Yanis : Et la vôtre, c’est laquelle ? Martine : Ma tarte aux pommes de grand-mère. Mais ça, c’est pour la semaine prochaine !',
    chapters: [
      { startTime: 0, title: 'Bienvenue dans la cuisine des Tilleuls' },
      { startTime: 7, title: 'Cuisiner avec ce qui reste du marché' },
      { startTime: 15, title: 'La recette de Martine' },
    ],
    people: [
      { name: 'Yanis Haddad', role: 'host' },
      { name: 'Martine Roux', role: 'guest' },
    ],
  },
  {
    title: 'Du jardin partagé au troc de graines',
    slug: 'du-jardin-partage-au-troc-de-graines',
    description:
      'Au jardin partagé du Coteau, les jardinier·ères de la Colline préparent le prochain troc de graines et de plants. Jean-Paul nous explique comment récolter ses semences et pourquoi il vaut mieux les échanger que les acheter.',
    audio: 'episode-2.mp3',
    number: 2,
    season: 1,
    daysAgo: 7,
    transcript:
      'Yanis : Nous voilà au jardin partagé du Coteau, sur les hauteurs de la Colline. Jean-Paul, vous avez les mains pleines de terre ! Jean-Paul : Eh oui, on récolte les graines de tomates. On les fait sécher, on les met en sachets, et on les donne au troc. Yanis : Pourquoi échanger les graines plutôt que les acheter ? Jean-Paul : Parce que ce sont des variétés qui se plaisent ici, dans notre terre. Et puis ça crée du lien : on apprend des autres jardinier·ères. Yanis : Le troc, c’est bientôt ? Jean-Paul : Oui, au parc de la Roseraie. Venez même sans graines, il y aura des plants à adopter !',
    chapters: [
      { startTime: 0, title: 'Arrivée au jardin du Coteau' },
      { startTime: 8, title: 'Récolter et faire sécher ses graines' },
      { startTime: 16, title: 'Rendez-vous au troc de la Roseraie' },
    ],
    people: [
      { name: 'Yanis Haddad', role: 'host' },
      { name: 'Jean-Paul Garnier', role: 'guest' },
    ],
  },
]
