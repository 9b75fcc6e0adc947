-- Working calendars as versioned data (CONTRACT §4, issue 3). Plain SQL that H2 and PostgreSQL both accept.
--
-- A calendar's versions are immutable: every edit adds a version, and a deadline computed for a running
-- incident names the (calendar_id, version) it used, so that a later edit never moves it. Deleting a
-- calendar only marks it deleted: its versions stay readable for the incidents that used them, and its
-- version numbers are never reused if the id is created again.

CREATE TABLE sla_calendar (
    id              varchar(64)              NOT NULL,
    current_version integer                  NOT NULL,
    built_in        boolean                  NOT NULL,
    deleted         boolean                  NOT NULL,
    updated_at      timestamp with time zone NOT NULL,
    updated_by      varchar(255),
    CONSTRAINT pk_sla_calendar PRIMARY KEY (id),
    CONSTRAINT ck_sla_calendar_version CHECK (current_version >= 1)
);

CREATE TABLE sla_calendar_version (
    calendar_id  varchar(64)              NOT NULL,
    version      integer                  NOT NULL,
    window_start time                     NOT NULL,
    window_end   time                     NOT NULL,
    description  varchar(1000),
    created_at   timestamp with time zone NOT NULL,
    created_by   varchar(255),
    CONSTRAINT pk_sla_calendar_version PRIMARY KEY (calendar_id, version),
    CONSTRAINT fk_sla_calendar_version_calendar FOREIGN KEY (calendar_id) REFERENCES sla_calendar (id),
    CONSTRAINT ck_sla_calendar_version_window CHECK (window_end > window_start)
);

-- The dates of one version that deviate from Monday–Friday. The key makes "a day both holiday and working
-- day" impossible in the data as well as in the code.
CREATE TABLE sla_calendar_date (
    calendar_id  varchar(64) NOT NULL,
    version      integer     NOT NULL,
    listed_date  date        NOT NULL,
    kind         varchar(16) NOT NULL,
    CONSTRAINT pk_sla_calendar_date PRIMARY KEY (calendar_id, version, listed_date),
    CONSTRAINT fk_sla_calendar_date_version FOREIGN KEY (calendar_id, version)
        REFERENCES sla_calendar_version (calendar_id, version),
    CONSTRAINT ck_sla_calendar_date_kind CHECK (kind IN ('holiday', 'working-day'))
);
