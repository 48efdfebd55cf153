import * as migration_20261128_235224_initial from './20261128_235224_initial';
import * as migration_20261130_011640_accounts from './20261130_011640_accounts';
import * as migration_20261130_040650_site_logo_on_dark_and_directions from './20261130_040650_site_logo_on_dark_and_directions';
import * as migration_20261130_043202_contributions from './20261130_043202_contributions';
import * as migration_20261130_052054_moderation from './20261130_052054_moderation';
import * as migration_20261130_053036_contribution_draft_link from './20261130_053036_contribution_draft_link';

export const migrations = [
  {
    up: migration_20261128_235224_initial.up,
    down: migration_20261128_235224_initial.down,
    name: '20261128_235224_initial',
  },
  {
    up: migration_20261130_011640_accounts.up,
    down: migration_20261130_011640_accounts.down,
    name: '20261130_011640_accounts',
  },
  {
    up: migration_20261130_040650_site_logo_on_dark_and_directions.up,
    down: migration_20261130_040650_site_logo_on_dark_and_directions.down,
    name: '20261130_040650_site_logo_on_dark_and_directions',
  },
  {
    up: migration_20261130_043202_contributions.up,
    down: migration_20261130_043202_contributions.down,
    name: '20261130_043202_contributions',
  },
  {
    up: migration_20261130_052054_moderation.up,
    down: migration_20261130_052054_moderation.down,
    name: '20261130_052054_moderation',
  },
  {
    up: migration_20261130_053036_contribution_draft_link.up,
    down: migration_20261130_053036_contribution_draft_link.down,
    name: '20261130_053036_contribution_draft_link'
  },
];
