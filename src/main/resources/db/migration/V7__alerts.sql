-- E-mail alerts: an address follows a feed of solutions (a block, a project, an area, a search, or all), confirmed
-- by a link sent to it; the token confirms and unsubscribes. Unconfirmed rows live at most 48 hours.
CREATE TABLE alert_subscription (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    email         VARCHAR(254)  NOT NULL,
    feed          VARCHAR(2100) NOT NULL,
    feed_key      CHAR(64)      NOT NULL,
    frequency     VARCHAR(8)    NOT NULL,
    language      VARCHAR(8)    NOT NULL,
    token         CHAR(64)      NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    confirmed_at  TIMESTAMP     NULL,
    sent_up_to    TIMESTAMP     NULL,
    CONSTRAINT uq_alert_token UNIQUE (token),
    CONSTRAINT uq_alert_feed UNIQUE (email, feed_key)
);
CREATE INDEX ix_alert_confirmed ON alert_subscription (confirmed_at);
