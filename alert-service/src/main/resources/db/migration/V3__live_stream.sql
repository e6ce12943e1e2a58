-- The tenants' live streams: one entry per (stream channel, event), numbered per tenant. The
-- number is the server-sent event id (Last-Event-ID); it is taken from tenant.stream_seq under
-- the tenant row's lock, so a tenant's entries become visible in number order.
CREATE TABLE stream_entry (
    tenant_id       uuid         NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    seq             bigint       NOT NULL,
    subscription_id uuid         NOT NULL REFERENCES subscription (id) ON DELETE CASCADE,
    channel_id      uuid         NOT NULL REFERENCES channel (id) ON DELETE CASCADE,
    event_id        varchar(200) NOT NULL,
    body            text         NOT NULL,
    created_at      timestamptz  NOT NULL,
    PRIMARY KEY (tenant_id, seq),
    CONSTRAINT stream_entry_once UNIQUE (channel_id, event_id)
);

CREATE INDEX stream_entry_created ON stream_entry (created_at);
