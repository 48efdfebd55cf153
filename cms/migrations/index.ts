import * as migration_20261128_235224_initial from './20261128_235224_initial';

export const migrations = [
  {
    up: migration_20261128_235224_initial.up,
    down: migration_20261128_235224_initial.down,
    name: '20261128_235224_initial'
  },
];
