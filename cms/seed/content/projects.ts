// Demo content: the shared projects of la Coopé.
import type { DemoProject } from './types'

export const projects: DemoProject[] = [
  {
    title: 'La conserverie',
    slug: 'la-conserverie',
    summary:
      'Une cuisine partagée où l’on transforme fruits et légumes invendus ou glanés en confitures, soupes et conserves, pour lutter contre le gaspillage et mieux manger à petit prix.',
    body: [
      'Tout est parti d’un constat des habitant·es de la Colline : chaque semaine, des cagettes de fruits et légumes encore bons partaient à la benne à la fin du marché, alors que beaucoup de familles peinent à remplir leur panier.',
      '## Comment ça marche',
      '- Les bénévoles récupèrent les invendus du marché et les surplus des vergers et du jardin partagé.',
      '- Des ateliers ouverts à toutes et tous les transforment en confitures, compotes, soupes et légumes en bocaux.',
      '- Chaque participant·e repart avec une part de la production ; le reste rejoint l’épicerie solidaire.',
      'La conserverie est installée dans la cuisine pédagogique de la Maison de la Colline, équipée grâce à une commande groupée de matériel des trois maisons. Les habitant·es des Tilleuls et du Port y viennent en minibus lors des grands ateliers de saison.',
      '## Et demain',
      'Le groupe projet réfléchit à une petite production vendue à prix libre sur les marchés, pour faire vivre la conserverie dans la durée et créer peut-être un emploi.',
    ],
    status: 'active',
    houses: ['tilleuls', 'port', 'colline'],
    cooperation: true,
    partners: ['consommons-autrement', 'leader', 'fondation-de-france'],
    themes: ['alimentation', 'eco-partage'],
    image: 'project-conserverie.jpg',
    imageAlt:
      'Carte du projet « La Conserverie » : trois bocaux sur une étagère, sur fond bleu canard, et la phrase « Des bocaux de saison et des recettes à partager ».',
  },
  {
    title: 'La radio',
    slug: 'la-radio',
    summary:
      'Les Ondes de la Coopé : la voix des quartiers, une émission mensuelle faite par et pour les habitant·es, enregistrée dans les maisons, sur les marchés et dans les fêtes de quartier.',
    body: [
      'La radio est née de l’envie de donner la parole à celles et ceux qu’on entend peu. Habitant·es, jeunes, bénévoles et salarié·es apprennent ensemble à préparer une interview, à tenir un micro et à monter un son.',
      '## Ce qu’on y entend',
      '- Des reportages sur les ateliers et les projets des trois maisons.',
      '- Des portraits d’habitant·es et de bénévoles.',
      '- Des chroniques préparées par les jeunes.',
      '- Des émissions en public, enregistrées au marché ou lors des fêtes.',
      '- Un atelier d’initiation chaque mois, pour apprendre à tenir le micro et à monter un son.',
      'Le studio est installé dans un ancien bureau de la Maison du Port, et un kit d’enregistrement mobile, acheté en commun, circule d’une maison à l’autre. Chaque mois, un nouvel épisode est publié en podcast sur le site de la Coopé et sur les applications d’écoute, avec une transcription écrite pour les personnes sourdes ou malentendantes.',
    ],
    status: 'active',
    houses: ['tilleuls', 'port', 'colline'],
    cooperation: true,
    partners: ['drac', 'contrat-de-ville'],
    themes: ['culture', 'pouvoir-d-agir', 'jeunesse'],
    image: 'project-radio.jpg',
    imageAlt:
      'Carte du projet « Radio de la Coopé » : un poste de radio orange sur fond bleu canard, et la phrase « La voix des quartiers, chaque mois en podcast ».',
  },
  {
    title: 'Le pass culture',
    slug: 'le-pass-culture',
    summary:
      'Avec l’adhésion à l’une des trois maisons, un pass qui ouvre l’accès à des spectacles, des musées et des sorties à tarif réduit, accompagnés par les équipes.',
    body: [
      'Aller au théâtre ou au musée, ce n’est pas toujours simple quand on n’en a pas l’habitude, que les places coûtent cher ou qu’on ne sait pas comment s’y rendre. Le pass culture de la Coopé lève ces freins un par un.',
      '## Ce que le pass permet',
      '- Des places à 3 € ou gratuites pour une sélection de spectacles et de visites.',
      '- Des sorties accompagnées, avec un rendez-vous groupé et le transport en minibus si besoin.',
      '- Des rencontres avec les artistes avant ou après les représentations.',
      'Le pass est délivré gratuitement avec l’adhésion, valable dans les trois maisons. Les jeunes suivis par le programme de réussite éducative en bénéficient en priorité.',
    ],
    status: 'active',
    houses: ['tilleuls', 'port', 'colline'],
    cooperation: true,
    partners: ['drac', 'caf', 'pre'],
    themes: ['culture', 'jeunesse', 'mobilite'],
    image: 'project-pass-culture.jpg',
    imageAlt:
      'Carte du projet « Pass Culture » : deux billets de spectacle sur fond bleu canard, et la phrase « Spectacles, musées et sorties pour toutes et tous ».',
  },
  {
    title: 'Le local d’échanges',
    slug: 'local-d-echanges',
    summary:
      'Un lieu où les objets et les savoir-faire circulent sans argent : boîte à dons, prêt d’outils, repair café et ateliers couture.',
    body: [
      'Au rez-de-chaussée de la Maison des Tilleuls, l’ancienne salle de réunion est devenue le local d’échanges. On y dépose ce dont on n’a plus besoin, on y emprunte une perceuse ou un appareil à raclette, on y apprend à réparer plutôt qu’à racheter.',
      '## Au local, on trouve',
      '- Une boîte à dons pour les vêtements, la vaisselle, les livres et les jouets.',
      '- Une outilthèque : outils de bricolage, de jardinage et de cuisine à emprunter.',
      '- Un repair café et des ateliers couture animés par des bénévoles.',
      'Le local est tenu par une équipe de bénévoles du quartier. La Maison du Port y apporte les objets restants de ses gratiferias et prépare l’ouverture d’une antenne sur les quais.',
    ],
    status: 'active',
    houses: ['tilleuls', 'port'],
    partners: ['contrat-de-ville', 'consommons-autrement'],
    themes: ['eco-partage', 'pouvoir-d-agir'],
    image: 'project-local-echanges.jpg',
    imageAlt:
      'Carte du projet « Local d’échanges » : un colis entouré de deux flèches sur fond bleu canard, et la phrase « Donner, prêter, réparer entre voisins ».',
  },
  {
    title: 'L’agora',
    slug: 'l-agora',
    summary:
      'Un espace de débat et de décision commun aux trois maisons, où les habitant·es choisissent les priorités de la Coopé et portent leur parole auprès des élu·es.',
    body: [
      'L’agora prolonge les tables de quartier : ce qui s’y dit ne doit pas rester dans les salles de réunion. Deux fois par an, une assemblée réunit habitant·es, bénévoles et salarié·es des trois maisons pour faire le point et décider ensemble.',
      '## Comment elle fonctionne',
      '- Chaque table de quartier désigne deux habitant·es pour présenter ses propositions.',
      '- L’assemblée choisit les priorités de l’année et les projets à lancer.',
      '- Une délégation d’habitant·es présente ces choix aux élu·es et aux partenaires.',
      'Tout est fait pour que chacun·e puisse participer : garde d’enfants, repas, comptes rendus en FALC, traduction quand c’est possible.',
    ],
    status: 'active',
    houses: ['tilleuls', 'port', 'colline'],
    cooperation: true,
    partners: ['ddccs', 'fondation-de-france', 'contrat-de-ville'],
    themes: ['pouvoir-d-agir'],
    image: 'project-agora.jpg',
    imageAlt:
      'Carte du projet « L’Agora » : trois bulles de dialogue au-dessus de gradins, sur fond bleu canard, et la phrase « Un lieu pour débattre et décider ensemble ».',
  },
  {
    title: 'La local’motive',
    slug: 'la-local-motive',
    summary:
      'Une navette solidaire pour se déplacer ensemble entre nos trois maisons et nos quartiers, à commencer par les Vignes, mal desservies par le bus.',
    body: [
      'Aller des Vignes à la Colline, ou du Port aux Tilleuls, sans voiture, c’est souvent une expédition : toutes les lignes de bus passent par la gare. Résultat : beaucoup d’habitant·es ne profitent que des activités de la maison la plus proche, et certain·es ne sortent plus du tout.',
      '## Le projet en réflexion',
      '- Une navette en minibus qui relie les quatre quartiers et les trois maisons, à heures fixes, les jours de grandes activités.',
      '- Des chauffeur·ses bénévoles formé·es, en plus des salarié·es.',
      '- Un covoiturage entre habitant·es, organisé depuis l’accueil des maisons.',
      '- Des accompagnements pour apprendre à prendre le bus en toute confiance.',
      'Le trajet de la navette se dessine avec les habitant·es, lors des tables de quartier et d’une préfiguration au square des Vignes. Le projet sera présenté au comité de pilotage Start up de territoire et porté auprès de l’agglomération, pour qu’une vraie ligne de bus relie un jour nos quartiers.',
    ],
    status: 'idea',
    houses: ['port', 'colline'],
    partners: ['start-up-de-territoire', 'leader', 'caf'],
    themes: ['mobilite', 'pouvoir-d-agir'],
    image: 'project-localmotive.jpg',
    imageAlt:
      'Carte du projet « Localmotive » : un petit train coloré sur fond bleu canard, et la phrase « Se déplacer ensemble entre nos trois maisons ».',
  },
]
