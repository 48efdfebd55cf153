// Demo content: the five neighbourhoods of Valmont-sur-Loire.
import type { DemoNeighbourhood } from './types'

export const neighbourhoods: DemoNeighbourhood[] = [
  {
    name: 'Les Tilleuls',
    slug: 'les-tilleuls',
    description:
      'Quartier d’immeubles des années soixante-dix autour d’une grande place ombragée, où vivent beaucoup de familles.',
  },
  {
    name: 'Le Port',
    slug: 'le-port',
    description: 'Ancien quartier des mariniers au bord de la Loire, entre maisons basses, quais et petits ateliers.',
  },
  {
    name: 'La Colline',
    slug: 'la-colline',
    description:
      'Quartier résidentiel sur les hauteurs, avec ses pavillons, ses jardins et une vue sur toute la vallée.',
  },
  {
    name: 'Centre-ville',
    slug: 'centre-ville',
    description: 'Le cœur commerçant de Valmont, avec la mairie, la médiathèque, la gare et le grand marché.',
  },
  {
    name: 'Les Vignes',
    slug: 'les-vignes',
    description:
      'Quartier plus récent en bordure des coteaux, encore mal relié au reste de la ville par les transports.',
  },
]
