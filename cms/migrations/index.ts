import * as migration_20261128_235224_initial from './20261128_235224_initial';
import * as migration_20261130_011640_accounts from './20261130_011640_accounts';
import * as migration_20261130_044748_reset_mail_limit from './20261130_044748_reset_mail_limit';

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
    up: migration_20261130_044748_reset_mail_limit.up,
    down: migration_20261130_044748_reset_mail_limit.down,
    name: '20261130_044748_reset_mail_limit'
  },
];
