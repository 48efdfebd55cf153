// Demo content: a resident's letter to the journal, waiting for moderation.
export type DemoContribution = {
  kind: 'letter'
  title: string
  content: string
  signature: string
  contributor: { name: string; email: string }
  consent: { publication: boolean; imageRights: boolean; minor: boolean }
  status: 'received'
  neighbourhood: string
}

export const contribution: DemoContribution = {
  kind: 'letter',
  title: 'Merci pour la gratiferia, et une idée pour la prochaine',
  content:
    'Bonjour à l’équipe du journal, je voulais vous dire merci pour la dernière gratiferia à la Maison du Port. J’y ai trouvé un manteau pour mon fils et j’ai pu donner la poussette qui encombrait mon entrée.\n\n' +
    'Surtout, j’ai discuté avec des voisines que je croisais depuis des années sans jamais leur parler. Nous avons même prévu de nous retrouver au café des parents.\n\n' +
    'Pour la prochaine fois, serait-il possible de prévoir un coin pour échanger des livres d’enfants et des jeux ? Je veux bien aider à le tenir avec deux autres mamans du quartier. Longue vie au journal !',
  signature: 'Samia, quartier du Port',
  contributor: { name: 'Samia Belkacem', email: 'samia.belkacem@example.org' },
  consent: { publication: true, imageRights: false, minor: false },
  status: 'received',
  neighbourhood: 'le-port',
}
