import * as migration_20261128_235224_initial from './20261128_235224_initial';
import * as migration_20261130_011640_accounts from './20261130_011640_accounts';
import * as migration_20261130_035808_agenda_series from './20261130_035808_agenda_series';
import * as migration_20261130_040650_site_logo_on_dark_and_directions from './20261130_040650_site_logo_on_dark_and_directions';
import * as migration_20261130_041809_admin_addresses from './20261130_041809_admin_addresses';
import * as migration_20261130_042551_radio from './20261130_042551_radio';
import * as migration_20261130_043202_contributions from './20261130_043202_contributions';
import * as migration_20261130_051930_reset_mail_limit from './20261130_051930_reset_mail_limit';
import * as migration_20261130_053232_schema_snapshot from './20261130_053232_schema_snapshot';
import * as migration_20261130_054049_contribution_moderation from './20261130_054049_contribution_moderation';
import * as migration_20261130_071810_contribution_draft_episodes from './20261130_071810_contribution_draft_episodes';
import * as migration_20261130_082136_event_project_house_logo_on_dark from './20261130_082136_event_project_house_logo_on_dark';
import * as migration_20261130_084405_draft_autosave from './20261130_084405_draft_autosave';
import * as migration_20261130_104142_series_last_dates from './20261130_104142_series_last_dates';
import * as migration_20261130_144118_contribution_copies from './20261130_144118_contribution_copies';
import * as migration_20261130_150633_foreign_key_actions from './20261130_150633_foreign_key_actions';
import * as migration_20261201_032225_slug_follows_title from './20261201_032225_slug_follows_title';
import * as migration_20261201_040601_radio_podcast_guid from './20261201_040601_radio_podcast_guid';
import * as migration_20261204_031042_documents_withheld from './20261204_031042_documents_withheld';

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
    up: migration_20261130_035808_agenda_series.up,
    down: migration_20261130_035808_agenda_series.down,
    name: '20261130_035808_agenda_series',
  },
  {
    up: migration_20261130_040650_site_logo_on_dark_and_directions.up,
    down: migration_20261130_040650_site_logo_on_dark_and_directions.down,
    name: '20261130_040650_site_logo_on_dark_and_directions',
  },
  {
    up: migration_20261130_041809_admin_addresses.up,
    down: migration_20261130_041809_admin_addresses.down,
    name: '20261130_041809_admin_addresses',
  },
  {
    up: migration_20261130_042551_radio.up,
    down: migration_20261130_042551_radio.down,
    name: '20261130_042551_radio',
  },
  {
    up: migration_20261130_043202_contributions.up,
    down: migration_20261130_043202_contributions.down,
    name: '20261130_043202_contributions',
  },
  {
    up: migration_20261130_051930_reset_mail_limit.up,
    down: migration_20261130_051930_reset_mail_limit.down,
    name: '20261130_051930_reset_mail_limit',
  },
  {
    up: migration_20261130_053232_schema_snapshot.up,
    down: migration_20261130_053232_schema_snapshot.down,
    name: '20261130_053232_schema_snapshot',
  },
  {
    up: migration_20261130_054049_contribution_moderation.up,
    down: migration_20261130_054049_contribution_moderation.down,
    name: '20261130_054049_contribution_moderation',
  },
  {
    up: migration_20261130_071810_contribution_draft_episodes.up,
    down: migration_20261130_071810_contribution_draft_episodes.down,
    name: '20261130_071810_contribution_draft_episodes',
  },
  {
    up: migration_20261130_082136_event_project_house_logo_on_dark.up,
    down: migration_20261130_082136_event_project_house_logo_on_dark.down,
    name: '20261130_082136_event_project_house_logo_on_dark',
  },
  {
    up: migration_20261130_084405_draft_autosave.up,
    down: migration_20261130_084405_draft_autosave.down,
    name: '20261130_084405_draft_autosave',
  },
  {
    up: migration_20261130_104142_series_last_dates.up,
    down: migration_20261130_104142_series_last_dates.down,
    name: '20261130_104142_series_last_dates',
  },
  {
    up: migration_20261130_144118_contribution_copies.up,
    down: migration_20261130_144118_contribution_copies.down,
    name: '20261130_144118_contribution_copies',
  },
  {
    up: migration_20261130_150633_foreign_key_actions.up,
    down: migration_20261130_150633_foreign_key_actions.down,
    name: '20261130_150633_foreign_key_actions',
  },
  {
    up: migration_20261201_032225_slug_follows_title.up,
    down: migration_20261201_032225_slug_follows_title.down,
    name: '20261201_032225_slug_follows_title',
  },
  {
    up: migration_20261201_040601_radio_podcast_guid.up,
    down: migration_20261201_040601_radio_podcast_guid.down,
    name: '20261201_040601_radio_podcast_guid',
  },
  {
    up: migration_20261204_031042_documents_withheld.up,
    down: migration_20261204_031042_documents_withheld.down,
    name: '20261204_031042_documents_withheld',
  },
];
