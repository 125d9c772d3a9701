-- Users and API tokens. Passwords are stored as salted PBKDF2 hashes (algorithm, iterations, salt
-- and hash in one string), token secrets as their SHA-256 in hex: neither can be read back.
CREATE SEQUENCE user_account_seq START WITH 1 INCREMENT BY 20;
CREATE SEQUENCE api_token_seq START WITH 1 INCREMENT BY 20;

CREATE TABLE user_account (
    id             BIGINT       NOT NULL PRIMARY KEY,
    name           VARCHAR(64)  NOT NULL,
    password_hash  VARCHAR(500) NOT NULL,
    role           VARCHAR(20)  NOT NULL,
    enabled        BOOLEAN      NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT uk_user_account_name UNIQUE (name)
);

CREATE TABLE api_token (
    id           BIGINT       NOT NULL PRIMARY KEY,
    owner_id     BIGINT       NOT NULL,
    label        VARCHAR(100) NOT NULL,
    secret_hash  VARCHAR(64)  NOT NULL,
    scopes       VARCHAR(40)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    version      BIGINT       NOT NULL,
    CONSTRAINT uk_api_token_secret_hash UNIQUE (secret_hash),
    CONSTRAINT fk_api_token_owner FOREIGN KEY (owner_id) REFERENCES user_account (id)
);
CREATE INDEX ix_api_token_owner ON api_token (owner_id);
