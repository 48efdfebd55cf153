import type { CollectionConfig, GlobalConfig } from 'payload'

import { withFrenchDates } from './admin/withFrenchDates'
import { withRefusalErrors } from './admin/withRefusalErrors'
import { withDefaultValidation } from './hooks/defaultValidation'
import { withRealDates } from './hooks/realDates'

type Step = <Config extends CollectionConfig | GlobalConfig>(config: Config) => Config

/**
 * What every field of every collection and global gets, however deep, in this order: its refusal
 * shown under it after a draft save, Payload's check of its type after its own, a date that is no
 * date refused, dates shown and typed day first. Each step walks the fields with `mapFields`, so a
 * new field needs nothing more.
 */
const STEPS: readonly Step[] = [withRefusalErrors, withDefaultValidation, withRealDates, withFrenchDates]

/** `config` through every field step (see STEPS). */
export const withFieldSteps = <Config extends CollectionConfig | GlobalConfig>(config: Config): Config =>
  STEPS.reduce<Config>((done, step) => step(done), config)
