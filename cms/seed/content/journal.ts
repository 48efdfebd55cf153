// Demo content: issues n° 1 and 2 of the journal « Au fil des quartiers » and their online articles.
import type { DemoArticle } from './types'

export type DemoJournalIssue = {
  number: number
  title: string
  slug: string
  daysAgo: number
  cover: string
  pdf: string
  contents: { title: string; page: number; articleSlug?: string }[]
}

export const journalIssue: DemoJournalIssue = {
  number: 1,
  cover: 'journal-cover-1.jpg',
  pdf: 'journal-1.pdf',
  title: 'Au fil des quartiers n°1 : trois maisons, un même fil',
  slug: 'au-fil-des-quartiers-1',
  daysAgo: 30,
  contents: [
    { title: 'Édito : trois maisons, un même fil', page: 1, articleSlug: 'edito-trois-maisons-un-meme-fil' },
    { title: 'Cuisine partagée : aux Tilleuls, on met les petits plats dans les grands', page: 2 },
    { title: 'La grainothèque de la Colline ouvre ses tiroirs', page: 2 },
    { title: 'À refaire chez soi : la soupe de potiron de Josette', page: 2 },
    { title: '« Les Ondes de la Coopé » : notre radio prend l’antenne', page: 3 },
    { title: 'Agenda de l’hiver et infos pratiques', page: 3 },
  ],
}

export const articles: DemoArticle[] = [
  {
    title: 'Édito : trois maisons, un même fil',
    slug: 'edito-trois-maisons-un-meme-fil',
    summary:
      'Les directrices et le directeur des trois maisons présentent le premier numéro d’« Au fil des quartiers », écrit par et pour les habitant·es.',
    body: [
      'Vous tenez entre les mains le tout premier numéro d’« Au fil des quartiers », le journal de la Coopé. Il est né d’une envie simple : que les habitant·es des Tilleuls, du Port, de la Colline, des Vignes et du centre-ville se connaissent mieux, et qu’ils et elles aient un endroit pour raconter ce qui se vit près de chez eux.',
      'Depuis deux ans, nos trois maisons apprennent à travailler ensemble : un minibus partagé, des ateliers qui circulent d’une maison à l’autre, des bénévoles qui passent d’un quartier à l’autre sans se poser de questions. Et des projets communs : la conserverie, la radio, le pass culture, le local d’échanges. Ce journal en est un de plus, et pas le moindre.',
      'Car « Au fil des quartiers » n’est pas le journal des directeur·rices. Il est écrit à l’atelier d’écriture des Tilleuls, relu par un comité d’habitant·es, nourri par vos lettres, vos photos et vos idées. Les équipes donnent un coup de main, mais la plume est à vous.',
      'Ce premier numéro fait la part belle à ce qui nous rassemble : la table, la terre et la voix. Dans l’édition papier, la cuisine partagée des Tilleuls, la grainothèque de la Colline et la radio de la Coopé. En ligne, un reportage à la conserverie, le portrait d’un bénévole que tout le quartier du Port connaît, et une lettre qui pose une vraie question : comment aller d’un quartier à l’autre quand le bus ne passe pas ?',
      'Bonne lecture, et n’hésitez pas à nous écrire : la prochaine page, c’est peut-être vous qui l’écrirez.',
    ],
    easyRead: [
      'Voici le premier numéro du journal « Au fil des quartiers ».',
      'Ce journal est écrit par les habitant·es de la ville.',
      'Les trois maisons travaillent ensemble. Ensemble, elles s’appellent la Coopé.',
      'Vous pouvez écrire dans le journal. Vous pouvez envoyer une lettre ou une photo.',
      'Bonne lecture !',
    ],
    authors: [
      { kind: 'staff', name: 'Sophie Marchand' },
      { kind: 'staff', name: 'Thomas Lefort' },
      { kind: 'staff', name: 'Claire Moreau' },
    ],
    daysAgo: 30,
    themes: ['pouvoir-d-agir'],
    neighbourhoods: ['les-tilleuls', 'le-port', 'la-colline', 'centre-ville', 'les-vignes'],
    houses: ['tilleuls', 'port', 'colline'],
    cooperation: true,
  },
  {
    title: 'À la conserverie, les fruits sauvés finissent en bocaux',
    slug: 'a-la-conserverie-les-fruits-sauves-finissent-en-bocaux',
    summary:
      'Un mercredi après-midi dans la cuisine de la Maison de la Colline, où quarante kilos de pommes et de coings sauvés du marché sont devenus confitures.',
    body: [
      'Quand je suis arrivée à la Maison de la Colline ce mercredi-là, ça sentait déjà le sucre chaud jusque dans le couloir. Sur la grande table, des cagettes de pommes et de coings un peu tachés, récupérées le matin même à la fin du marché des Vignes. « Quarante kilos, et tout ça allait partir à la poubelle », m’explique Aïcha, l’animatrice.',
      'Nous étions une douzaine : des mamies de la Colline, deux jeunes du Port venus en minibus, un papa des Tilleuls avec sa fille de huit ans. Certain·es faisaient des confitures depuis toujours, d’autres n’avaient jamais tenu une écumoire. Au bout d’une heure, plus personne ne faisait la différence.',
      'On a lavé, épluché, pesé, fait cuire dans les grandes marmites achetées par les trois maisons. Aïcha nous a montré comment stériliser les pots et vérifier la cuisson avec une assiette froide. Odette, elle, nous a confié son secret : une pointe de cannelle et un zeste d’orange.',
      'À la fin de l’après-midi, cent vingt pots brillaient sur les étagères. Chacun·e est reparti·e avec les siens, et le reste a rejoint l’épicerie solidaire. Moi, j’ai surtout emporté l’envie de revenir : la prochaine fois, ce sera les soupes de légumes.',
    ],
    easyRead: [
      'La conserverie est une cuisine à la Maison de la Colline.',
      'Au marché, des fruits allaient être jetés. Nous les avons récupérés.',
      'Nous avons fait de la confiture tous ensemble.',
      'Nous avons rempli 120 pots.',
      'Chaque personne a emporté des pots. Les autres pots vont à l’épicerie solidaire.',
    ],
    authors: [{ kind: 'resident', name: 'Josiane, quartier de la Colline' }],
    daysAgo: 30,
    themes: ['alimentation', 'eco-partage'],
    neighbourhoods: ['la-colline', 'les-vignes'],
    houses: ['colline'],
    image: 'project-conserverie.jpg',
    imageAlt:
      'Carte du projet « La Conserverie » : trois bocaux sur une étagère, sur fond bleu canard, et la phrase « Des bocaux de saison et des recettes à partager ».',
  },
  {
    title: 'Portrait : Rachid, bénévole aux mille coups de main',
    slug: 'portrait-rachid-benevole',
    summary:
      'Ancien mécanicien, Rachid répare les vélos, les grille-pain et parfois les cœurs. Rencontre avec un pilier de la Maison du Port.',
    body: [
      'Si vous êtes déjà passé·e à la Maison du Port un mardi ou un vendredi, vous l’avez forcément croisé : casquette vissée sur la tête, tournevis dans la poche, Rachid a toujours un objet cassé entre les mains et une histoire à raconter.',
      'Arrivé à Valmont il y a quarante ans pour travailler au garage de l’avenue de la Gare, il a pris sa retraite il y a cinq ans. « Je tournais en rond chez moi. Ma voisine m’a dit : viens à la soirée jeux. Je n’y connaissais rien, mais le lendemain je réparais déjà leur baby-foot. »',
      'Depuis, Rachid anime l’atelier vélo, donne des coups de main au repair café des Tilleuls et conduit parfois le minibus pour les sorties des seniors. Il a formé une dizaine de jeunes à la mécanique, dont deux ont trouvé un apprentissage.',
      'Ce qui le fait revenir ? « Les gens. On arrive pour réparer une lampe, on repart avec un ami. » Et quand on lui demande ce qu’il aimerait voir naître à la Coopé, il n’hésite pas : un vrai atelier de réparation ouvert à tout le monde, toute la semaine.',
    ],
    authors: [{ kind: 'resident', name: 'L’atelier d’écriture des Tilleuls' }],
    daysAgo: 29,
    themes: ['eco-partage', 'pouvoir-d-agir'],
    neighbourhoods: ['le-port'],
    houses: ['port'],
  },
  {
    title: 'Courrier : pour un bus entre nos quartiers',
    slug: 'courrier-pour-un-bus-entre-nos-quartiers',
    summary:
      'Un habitant des Vignes raconte les détours qu’il faut faire pour rejoindre la Colline ou le Port, et propose une ligne qui relie les quartiers.',
    body: [
      'Chère rédaction,',
      'J’habite aux Vignes depuis six ans. Ma petite-fille va à l’atelier théâtre de la Maison du Port, et ma femme au jardin partagé de la Colline. Les deux sont à moins de trois kilomètres de chez nous. Pourtant, sans voiture, c’est une expédition.',
      'Aujourd’hui, toutes les lignes passent par la gare. Pour aller des Vignes à la Colline, il faut descendre en centre-ville, attendre la correspondance, puis remonter : trois quarts d’heure quand tout va bien, et plus rien après 19 h. Beaucoup de voisin·es âgé·es ont tout simplement renoncé à sortir.',
      'Je propose qu’une petite ligne, même deux ou trois fois par jour, fasse le tour des quartiers en passant devant les trois maisons, le marché et la médiathèque. En attendant, pourquoi ne pas organiser du covoiturage entre habitant·es, ou mieux utiliser le minibus de la Coopé ?',
      'J’ai vu qu’une table de quartier sur la mobilité se prépare à la Maison du Port. J’y serai, et j’espère que nous serons nombreux et nombreuses.',
      'Gérard, quartier des Vignes',
    ],
    easyRead: [
      'Gérard habite aux Vignes.',
      'Pour aller à la Colline ou au Port en bus, c’est très long.',
      'Il faut toujours passer par la gare.',
      'Gérard demande un bus qui relie les quartiers.',
      'Il viendra en parler à la table de quartier de la Maison du Port.',
    ],
    authors: [{ kind: 'resident', name: 'Gérard, quartier des Vignes' }],
    daysAgo: 28,
    themes: ['mobilite'],
    neighbourhoods: ['les-vignes', 'la-colline', 'le-port'],
    houses: ['tilleuls', 'port', 'colline'],
    cooperation: true,
  },
]

/** Issue n° 2, out a few days ago: the answer to the bus letter, the winter baskets, the young reporters. */
export const secondIssue: DemoJournalIssue = {
  number: 2,
  title: 'Au fil des quartiers n°2 : l’hiver solidaire',
  slug: 'au-fil-des-quartiers-2',
  daysAgo: 3,
  cover: 'journal-cover-2.jpg',
  pdf: 'journal-2.pdf',
  contents: [
    { title: 'Le minibus relie enfin nos quartiers', page: 1, articleSlug: 'le-minibus-relie-enfin-nos-quartiers' },
    { title: 'Des paniers solidaires pour les fêtes', page: 2, articleSlug: 'des-paniers-solidaires-pour-les-fetes' },
    { title: 'Les jeunes du Port au micro', page: 2, articleSlug: 'les-jeunes-du-port-au-micro' },
  ],
}

export const secondIssueArticles: DemoArticle[] = [
  {
    title: 'Le minibus relie enfin nos quartiers',
    slug: 'le-minibus-relie-enfin-nos-quartiers',
    summary:
      'Après le courrier d’un habitant des Vignes, les trois maisons ont revu l’usage du minibus partagé : deux tournées par semaine relient désormais les quartiers.',
    body: [
      'Dans notre premier numéro, Marcel, des Vignes, racontait les trois quarts d’heure de bus qu’il faut pour rejoindre la Colline, à moins de trois kilomètres de chez lui. Sa lettre a été lue à voix haute au comité de la Coopé. Elle a fait mouche.',
      '## Deux tournées par semaine',
      'Depuis le 4 novembre, le minibus partagé des trois maisons fait une tournée chaque mercredi après-midi et chaque samedi matin :',
      '- départ des Vignes (arrêt « Place des Vignes ») à 13 h 30 le mercredi et à 9 h 15 le samedi ;',
      '- passage à la Colline, puis au Port, puis aux Tilleuls ;',
      '- retour par le même chemin après les ateliers.',
      'C’est gratuit pour les adhérent·es des trois maisons ; il suffit de réserver sa place à l’accueil ou par téléphone, la veille au plus tard. Le minibus a neuf places, dont une accessible en fauteuil roulant grâce à la rampe.',
      '## Et après ?',
      'Les maisons ont aussi écrit à l’agglomération pour demander une vraie ligne de bus entre les quartiers. Marcel, lui, a pris les devants : il fait désormais partie des quatre bénévoles qui conduisent le minibus.',
    ],
    easyRead: [
      'Les trois maisons ont un minibus.',
      'Maintenant, le minibus passe dans tous les quartiers.',
      'Il passe le mercredi après-midi et le samedi matin.',
      'Le minibus est gratuit pour les adhérent·es.',
      'Pour monter, il faut réserver sa place à l’accueil de votre maison. Il faut réserver la veille.',
      'Une personne en fauteuil roulant peut monter dans le minibus.',
    ],
    authors: [{ kind: 'staff', name: 'Thomas Lefort' }],
    daysAgo: 3,
    themes: ['mobilite', 'pouvoir-d-agir'],
    neighbourhoods: ['les-vignes', 'la-colline', 'le-port', 'les-tilleuls'],
    houses: ['tilleuls', 'port', 'colline'],
    cooperation: true,
    image: 'event-sortie.jpg',
    imageAlt: 'Affiche « Sortie en minibus » : un minibus sur un disque de couleur, avec le logo de la Coopé.',
  },
  {
    title: 'Des paniers solidaires pour les fêtes',
    slug: 'des-paniers-solidaires-pour-les-fetes',
    summary:
      'À la conserverie, bénévoles et familles préparent soupes, compotes et confitures pour quarante paniers distribués avant Noël.',
    body: [
      'Les marmites n’ont pas refroidi depuis la rentrée. Chaque mercredi, une quinzaine de personnes se retrouvent dans la cuisine de la Maison de la Colline pour transformer les invendus du marché en bocaux.',
      'Cette année, le groupe s’est lancé un défi : quarante paniers de fête, remis aux familles que les trois maisons accompagnent. Dans chaque panier, une soupe de potiron, une compote pomme-coing, un pot de confiture et une carte écrite à la main par les enfants de l’accompagnement scolaire.',
      '« Ce n’est pas de la charité, c’est de l’échange », insiste Odette, bénévole depuis le premier jour. « Beaucoup de celles et ceux qui recevront un panier sont venus éplucher avec nous. »',
      'La distribution a lieu dans les trois maisons la semaine avant Noël. Pour donner un coup de main aux derniers ateliers, il suffit de passer le mercredi après-midi : tablier fourni.',
    ],
    easyRead: [
      'À la conserverie, on cuisine des fruits et des légumes.',
      'Nous préparons 40 paniers pour les fêtes.',
      'Dans chaque panier, il y a de la soupe, de la compote et de la confiture.',
      'Les paniers sont donnés aux familles avant Noël.',
      'Vous voulez aider ? Venez le mercredi après-midi à la Maison de la Colline.',
    ],
    authors: [{ kind: 'resident', name: 'Josiane, quartier de la Colline' }],
    daysAgo: 3,
    themes: ['alimentation', 'eco-partage'],
    neighbourhoods: ['la-colline'],
    houses: ['colline'],
    image: 'event-cuisine.jpg',
    imageAlt: 'Affiche « Cuisine partagée » : une marmite sur un disque orange, avec le logo de la Coopé.',
  },
  {
    title: 'Les jeunes du Port au micro',
    slug: 'les-jeunes-du-port-au-micro',
    summary:
      'Six jeunes de la Maison du Port ont préparé, enregistré et monté leur première émission pour la radio de la Coopé.',
    body: [
      'Ils ont entre treize et dix-sept ans, et en octobre, aucun d’eux n’avait jamais tenu un micro. Six semaines plus tard, Inès, Yanis, Lina, Moussa, Théo et Sarah ont enregistré leur première émission dans le studio de la Maison du Port.',
      'Au programme : un reportage au skatepark, une interview du gardien du stade et une chronique sur les petits boulots de l’été. Tout a été écrit, enregistré et monté par les jeunes eux-mêmes, avec l’aide de Karim, l’animateur de la radio.',
      '« Le plus dur, c’est d’entendre sa propre voix », sourit Lina. « Après, on s’habitue, et on a envie de recommencer. »',
      'L’émission est à écouter sur la page de la radio et dans votre application de podcasts. La prochaine est déjà en préparation : elle parlera des jeux vidéo, en public, lors de la soirée jeux de janvier.',
    ],
    authors: [{ kind: 'staff', name: 'Karim Haddad' }],
    daysAgo: 3,
    themes: ['jeunesse', 'culture'],
    neighbourhoods: ['le-port'],
    houses: ['port'],
    image: 'project-radio.jpg',
    imageAlt: 'Carte du projet « La radio » : un poste de radio sur un disque clair, sur fond bleu canard.',
  },
]
