-- Campaigns that were already running or over before phone notifications existed count as
-- announced: the first cron run after this deploy must not notify members of old campaigns.
-- Upcoming ones (starts_on after today in Vietnam, UTC+7) stay null and are announced on their first day.
UPDATE `campaigns` SET `announced_at` = `updated_at`
WHERE `announced_at` IS NULL AND (`status` = 'ended' OR (`status` = 'active' AND `starts_on` <= date('now', '+7 hours')));
