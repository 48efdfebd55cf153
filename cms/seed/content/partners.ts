// Demo content: the partners, funders and programmes la Coopé works with.
import type { DemoPartner } from './types'

export const partners: DemoPartner[] = [
  {
    name: 'Fondation de France',
    slug: 'fondation-de-france',
    acronym: 'FdF',
    kinds: ['funder'],
    website: 'https://www.fondationdefrance.org',
    supports:
      'Soutient la conserverie et l’agora, deux projets qui donnent aux habitant·es les moyens d’agir sur leur alimentation et sur la vie de leur quartier.',
  },
  {
    name: 'Direction régionale des affaires culturelles',
    slug: 'drac',
    acronym: 'DRAC',
    kinds: ['funder', 'public-body'],
    website: 'https://www.culture.gouv.fr',
    supports:
      'Accompagne la radio de la Coopé et le pass culture, pour que la création et les sorties culturelles soient à la portée de toutes et tous.',
  },
  {
    name: 'Caisse d’allocations familiales',
    slug: 'caf',
    acronym: 'CAF',
    kinds: ['funder', 'public-body'],
    website: 'https://www.caf.fr',
    supports:
      'Agrée les trois maisons comme centres sociaux et finance leur projet d’animation globale, ainsi que les actions familles et parentalité.',
  },
  {
    name: 'Direction départementale de la cohésion sociale',
    slug: 'ddccs',
    acronym: 'DDCCS',
    kinds: ['funder', 'public-body'],
    supports:
      'Soutient la vie associative, le bénévolat et les actions qui renforcent la participation des habitant·es, comme l’agora.',
  },
  {
    name: 'Contrat de Ville',
    slug: 'contrat-de-ville',
    kinds: ['programme', 'funder'],
    supports:
      'Finance des actions dans les quartiers prioritaires des Tilleuls et du Port : la radio, le local d’échanges et les tables de quartier.',
  },
  {
    name: 'LEADER',
    slug: 'leader',
    kinds: ['programme', 'funder'],
    supports:
      'Programme européen de développement rural qui cofinance l’équipement de la conserverie et l’étude de la local’motive, la navette entre les quartiers du bassin de vie.',
  },
  {
    name: 'Consommions autrement (VRA)',
    slug: 'consommons-autrement',
    kinds: ['programme'],
    supports:
      'Appel à projets commun qui soutient les actions contre le gaspillage et pour une consommation plus sobre : conserverie, local d’échanges, repair café.',
  },
  {
    name: 'Start up de territoire',
    slug: 'start-up-de-territoire',
    kinds: ['programme'],
    supports:
      'Démarche qui réunit acteurs économiques, associations et collectivités pour faire naître des activités utiles au territoire ; la Coopé siège à son comité de pilotage.',
  },
  {
    name: 'Programme de réussite éducative',
    slug: 'pre',
    acronym: 'PRE',
    kinds: ['programme'],
    supports:
      'Accompagne des enfants et des jeunes de 2 à 16 ans et leurs familles ; la Coopé y contribue notamment par les sorties du pass culture.',
  },
]
