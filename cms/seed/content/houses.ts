// Demo content: the three houses of la Coopé in Valmont-sur-Loire.
import type { DemoHouse } from './types'

export const houses: DemoHouse[] = [
  {
    key: 'tilleuls',
    name: 'Maison des Tilleuls',
    slug: 'maison-des-tilleuls',
    summary:
      'Au cœur du quartier des Tilleuls, la maison accueille petit·es et grand·es autour de la cuisine, de l’écriture et des sorties en famille. On y trouve aussi le local d’échanges, où objets et savoir-faire circulent librement. La porte est ouverte : passez dire bonjour, le café est toujours chaud.',
    accent: '#C2410C',
    logo: 'logo-tilleuls.png',
    logoOnDark: 'logo-tilleuls-clair.png',
    image: 'house-tilleuls.jpg',
    imageAlt:
      'Dessin de la Maison des Tilleuls : une maison orange à pignon, avec son enseigne, entre deux arbres et sous un grand soleil.',
    address: {
      street: '12 rue des Tilleuls',
      postalCode: '37480',
      city: 'Valmont-sur-Loire',
      latitude: 47.2985,
      longitude: 0.6942,
    },
    directions:
      'Bus 3 et 7, arrêt « Tilleuls-Mairie » à deux minutes à pied. Vélos : arceaux devant l’entrée. Parking gratuit derrière la maison, dont deux places réservées aux personnes handicapées près de la rampe.',
    openingHours: [
      { day: 'monday', opens: '14:00', closes: '18:00' },
      { day: 'tuesday', opens: '09:00', closes: '12:00' },
      { day: 'tuesday', opens: '14:00', closes: '18:00' },
      { day: 'wednesday', opens: '09:00', closes: '12:00' },
      { day: 'wednesday', opens: '14:00', closes: '18:00' },
      { day: 'thursday', opens: '09:00', closes: '12:00' },
      { day: 'thursday', opens: '14:00', closes: '18:00' },
      { day: 'friday', opens: '09:00', closes: '12:00' },
      { day: 'friday', opens: '14:00', closes: '18:00' },
      { day: 'saturday', opens: '09:30', closes: '12:30' },
    ],
    contact: { phone: '02 47 52 18 30', email: 'accueil@maison-des-tilleuls.fr' },
    accessibility: {
      suitableFor: ['mobility', 'hearing', 'intellectual', 'psychic'],
      details:
        'Entrée de plain-pied par la rampe côté parking, ascenseur vers les salles de l’étage, boucle magnétique à l’accueil, pictogrammes sur les portes et petite salle calme disponible sur simple demande.',
    },
  },
  {
    key: 'port',
    name: 'Maison du Port',
    slug: 'maison-du-port',
    summary:
      'Installée dans l’ancienne capitainerie, au bord de la Loire, la Maison du Port est le repaire des soirées jeux, de l’aide numérique et des projets des jeunes. C’est aussi là que se trouve le studio de la radio de la Coopé. Ici, chacun·e peut proposer une activité et trouver du monde pour la faire vivre.',
    accent: '#1D4ED8',
    logo: 'logo-port.png',
    logoOnDark: 'logo-port-clair.png',
    image: 'house-port.jpg',
    imageAlt:
      'Dessin de la Maison du Port : un bâtiment bleu à hublots au bord de l’eau, avec son enseigne, un voilier et un phare.',
    address: {
      street: '3 quai de la Marine',
      postalCode: '37480',
      city: 'Valmont-sur-Loire',
      latitude: 47.3092,
      longitude: 0.7051,
    },
    directions:
      'Bus 5, arrêt « Capitainerie », juste en face. À pied depuis la gare, compter quinze minutes par les quais. Stationnement gratuit le long du quai ; une place réservée aux personnes handicapées devant la porte.',
    openingHours: [
      { day: 'monday', opens: '09:00', closes: '12:00' },
      { day: 'monday', opens: '14:00', closes: '18:00' },
      { day: 'tuesday', opens: '09:00', closes: '12:00' },
      { day: 'tuesday', opens: '14:00', closes: '18:00' },
      { day: 'wednesday', opens: '09:00', closes: '12:00' },
      { day: 'wednesday', opens: '14:00', closes: '18:00' },
      { day: 'thursday', opens: '09:00', closes: '12:00' },
      { day: 'thursday', opens: '14:00', closes: '18:00' },
      { day: 'friday', opens: '09:00', closes: '12:00' },
      { day: 'friday', opens: '14:00', closes: '18:00' },
      { day: 'saturday', opens: '10:00', closes: '12:30' },
    ],
    contact: { phone: '02 47 52 64 10', email: 'accueil@maison-du-port.fr' },
    accessibility: {
      suitableFor: ['hearing', 'sight', 'intellectual'],
      details:
        'Bâtiment ancien : trois marches à l’entrée principale, accès en fauteuil par la cour arrière avec une sonnette à bonne hauteur, mais l’étage n’a pas d’ascenseur. Boucle magnétique dans la grande salle, marches contrastées et documents en gros caractères à l’accueil.',
    },
  },
  {
    key: 'colline',
    name: 'Maison de la Colline',
    slug: 'maison-de-la-colline',
    summary:
      'Sur les hauteurs de la ville, la Maison de la Colline accueille la conserverie, le jardin partagé, la grainothèque et le café des parents. Son bâtiment récent, tout de plain-pied, a été pensé avec les habitant·es pour que chacun·e s’y sente à l’aise.',
    accent: '#15803D',
    logo: 'logo-colline.png',
    logoOnDark: 'logo-colline-clair.png',
    image: 'house-colline.jpg',
    imageAlt:
      'Dessin de la Maison de la Colline : une maison verte à deux pignons, avec son enseigne, posée sur des collines au soleil.',
    address: {
      street: '5 chemin de la Colline',
      postalCode: '37480',
      city: 'Valmont-sur-Loire',
      latitude: 47.295,
      longitude: 0.711,
    },
    directions:
      'Bus 7, terminus « La Colline », puis cinq minutes à pied en montée douce. Le minibus de la Coopé dessert la maison les jours d’atelier (réservation à l’accueil). Parking gratuit devant le jardin partagé.',
    openingHours: [
      { day: 'monday', opens: '09:00', closes: '12:00' },
      { day: 'monday', opens: '14:00', closes: '18:00' },
      { day: 'tuesday', opens: '09:00', closes: '12:00' },
      { day: 'tuesday', opens: '14:00', closes: '18:00' },
      { day: 'wednesday', opens: '09:00', closes: '12:00' },
      { day: 'wednesday', opens: '14:00', closes: '18:00' },
      { day: 'thursday', opens: '09:00', closes: '12:00' },
      { day: 'thursday', opens: '14:00', closes: '18:00' },
      { day: 'friday', opens: '09:00', closes: '12:00' },
      { day: 'friday', opens: '14:00', closes: '17:00' },
    ],
    contact: { phone: '02 47 52 37 85', email: 'accueil@maison-de-la-colline.fr' },
    accessibility: {
      suitableFor: ['mobility', 'hearing', 'sight', 'intellectual', 'psychic'],
      details:
        'Bâtiment entièrement de plain-pied avec toilettes adaptées, boucle magnétique dans les deux salles, signalétique en braille et en FALC, et un coin calme à la lumière douce. Les chiens guides sont les bienvenus.',
    },
  },
]
