/**
 * The cooperation's goal tree, word for word from its founding diagram. The diagram is flattened:
 * its examples follow the order of the actions they illustrate, and thirteen example lines serve
 * seventeen actions. Which action each serves is recorded here; which actions are 'new' the text
 * does not say, so that flag is left for staff.
 */
export const purposes = [
  {
    audience: 'houses',
    statement:
      "Une coopération efficace basée sur un socle commun d'existence pour développer des projets à l'échelle de la ville et du bassin de vie",
  },
  {
    audience: 'residents',
    statement:
      "Des actions qui répondent aux besoins sociaux et permettent le développement de leur capacité d'agir à l'échelle de la ville et du bassin de vie",
  },
] as const

export const objectives = [
  'Consolider les économies et les emplois de chaque maison et trouver ou consolider des sources de financements',
  'Mettre en commun des moyens et des ressources et accompagner la montée en compétences',
  'Nouer de nouveaux partenariats et se rassembler avec les associations du territoire',
  'Entretenir une réflexion commune sur des sujets transversaux identifiés comme prioritaires',
  "Être un acteur essentiel de l'animation sociale et de l'éducation populaire et gagner du poids pour porter la parole des habitants",
  'Une communication plus efficace, une plus grande lisibilité et visibilité des actions',
  "Une Coopération favorisant l'implication des habitants et valorisant le travail des bénévoles",
  "De nouveaux projets partagés et une offre d'actions plus forte, plus adaptée et plus dynamique",
  "Une cohésion territoriale et une circulation des habitants d'un quartier à l'autre",
] as const

/** Objectives 0-3 serve the houses' purpose; 4-8 the residents'. */
export const purposeOfObjective = (index: number): 0 | 1 => (index < 4 ? 0 : 1)

type SeedAction = { title: string; objectives: number[]; examples: string[]; projects?: string[] }

export const actions: SeedAction[] = [
  {
    title: 'Des commandes groupées de matériel',
    objectives: [0, 1],
    examples: ['Fournitures scolaires, matériel bureautique ...'],
  },
  { title: 'Vente de formations assurées au nom de la Coopé', objectives: [0], examples: [] },
  {
    title: 'Des candidatures communes à des programmes, des réponses communes à des appels à projet...',
    objectives: [0, 2],
    examples: ['« Consommions autrement (VRA) », LEADER, écrivain public...'],
  },
  {
    title: 'Des dossiers communs de demande de subventions',
    objectives: [0],
    examples: ['FdF, DRAC, CAF, DDCCS, Contrat de Ville ...'],
  },
  { title: 'Des prêts de matériel entre maisons', objectives: [1], examples: ['Minibus, matériel de cuisine...'] },
  {
    title: 'Partage du temps de travail, enrichissement des missions des salariés et opportunités de mobilité',
    objectives: [0, 1],
    examples: [],
  },
  {
    title: 'Des formations en interne pour outiller les salariés',
    objectives: [1],
    examples: ["Formation aux techniques d'animation"],
  },
  {
    title: 'Des temps de travail communs pour capitaliser',
    objectives: [1, 3],
    examples: ['Des temps de travail participatif inter équipes tous les trimestres'],
  },
  { title: 'Elaboration de la stratégie de la Coopération', objectives: [3], examples: ['Ecriture des PCS'] },
  {
    title: 'Des instances de pilotage et stratégiques communes',
    objectives: [3, 6],
    examples: ["L'agora, la local'motive"],
    projects: ['l-agora', 'la-local-motive'],
  },
  {
    title: 'Présence de la Coopé dans différents comités de pilotage, instances, réunions',
    objectives: [2, 4],
    examples: ['Comité de pilotage Start up territoire, PRE, dialogue avec les collectivités'],
  },
  {
    title: 'Une communication cohérente entre maisons et une identité visuelle',
    objectives: [5],
    examples: ["Calendrier d'activités commun, MAgenda ..."],
  },
  {
    title: "Des moyens de communication permettant l'expression des habitants",
    objectives: [4, 5, 6],
    examples: ['Radio, Journal Au fil des quartiers, site internet'],
    projects: ['la-radio'],
  },
  {
    title: "Des groupes projets à l'échelle des 3 maisons",
    objectives: [6, 7],
    examples: ["Alimentation, mobilité, éco-partage, culture, jeunesse, pouvoir d'agir"],
  },
  {
    title: 'De nouvelles actions communes et transversales',
    objectives: [7, 8],
    examples: ["La conserverie, la radio, le pass culture, local d'échanges"],
    projects: ['la-conserverie', 'la-radio', 'le-pass-culture', 'local-d-echanges'],
  },
  { title: 'Des tables de quartier sur des thématiques transversales', objectives: [3, 4, 8], examples: [] },
  { title: "Un accès élargi aux activités des 3 Maisons dès l'adhésion", objectives: [7, 8], examples: [] },
]

export const themes = [
  { name: 'Alimentation', slug: 'alimentation' },
  { name: 'Mobilité', slug: 'mobilite' },
  { name: 'Éco-partage', slug: 'eco-partage' },
  { name: 'Culture', slug: 'culture' },
  { name: 'Jeunesse', slug: 'jeunesse' },
  { name: "Pouvoir d'agir", slug: 'pouvoir-d-agir' },
] as const
