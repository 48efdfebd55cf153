import * as migration_20261128_233206_initial from './20261128_233206_initial';

export const migrations = [
  {
    up: migration_20261128_233206_initial.up,
    down: migration_20261128_233206_initial.down,
    name: '20261128_233206_initial'
  },
];
