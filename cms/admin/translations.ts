/**
 * Corrections to Payload's stock French for the admin: gendered placeholders (« un(e) nouveau ou
 * nouvelle »), French spacing before colons, an untranslated « Time », and a placeholder that
 * Payload's French text misspells (`{{titre}}` instead of `{{title}}`, so it showed as is).
 * Keys are Payload's (`@payloadcms/translations`, languages/fr).
 */
export const frenchCorrections = {
  fr: {
    fields: {
      addNew: 'Ajouter',
      chooseFromExisting: 'Choisir parmi les fichiers déjà envoyés',
      addNewLabel: 'Ajouter : {{label}}',
      chooseLabel: 'Choisir : {{label}}',
      uploadNewLabel: 'Téléverser un nouveau fichier ({{label}})',
    },
    general: {
      created: 'Création',
      createdAt: 'Créé le',
      createNew: 'Créer',
      // Payload calls both « Aperçu »: the pane beside the form needs its own name.
      livePreview: 'Aperçu à côté du formulaire',
      exitLivePreview: 'Fermer l’aperçu à côté',
      createNewLabel: 'Créer : {{label}}',
      creatingNewLabel: 'Création : {{label}}',
      perPage: 'Par page : {{limit}}',
      schedulePublishFor: 'Programmer pour « {{title}} »',
      time: 'Date et heure',
      none: 'Aucun',
      noResults: 'Rien à afficher : rien n’existe encore, ou rien ne correspond aux filtres choisis.',
      successfullyCreated: '{{label}} : création enregistrée.',
      successfullyDuplicated: '{{label}} : copie enregistrée.',
      deletedSuccessfully: 'Suppression faite.',
      titleDeleted: '{{label}} « {{title}} » : suppression faite.',
      descending: 'Décroissant',
      // In the scheduling drawer these name what is scheduled: publications, not the agenda's events.
      upcomingEvents: 'Publications programmées',
      noUpcomingEventsScheduled: 'Aucune publication n’est programmée.',
    },
    version: {
      schedulePublish: 'Programmer la publication',
      unpublish: 'Retirer du site',
      restoredSuccessfully: 'Version rétablie.',
      noRowsFound: 'Rien à afficher ({{label}}).',
    },
  },
}
