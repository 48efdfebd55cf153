import type { CollectionConfig } from 'payload'

import { Audio } from './Audio'
import { Contributions } from './Contributions'
import { Episodes } from './Episodes'
import { Events } from './Events'
import { Actions, Objectives, Purposes } from './Goals'
import { Articles, JournalIssues, Projects, Shows } from './HouseContent'
import { Houses } from './Houses'
import { LoginAttempts } from './LoginAttempts'
import { Pages } from './Pages'
import { Neighbourhoods, Partners, Themes } from './Taxonomies'
import { ContributionFiles, Documents, Media } from './Uploads'
import { Users } from './Users'

export const collections: CollectionConfig[] = [
  Events,
  Articles,
  JournalIssues,
  Shows,
  Episodes,
  Projects,
  Contributions,
  ContributionFiles,
  Houses,
  Partners,
  Purposes,
  Objectives,
  Actions,
  Themes,
  Neighbourhoods,
  Pages,
  Media,
  Documents,
  Audio,
  Users,
  LoginAttempts,
]
