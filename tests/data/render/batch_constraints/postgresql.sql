CREATE TABLE member (
    id SERIAL NOT NULL, 
    email VARCHAR(100) NOT NULL, 
    status VARCHAR(10), 
    team_id INTEGER, 
    CONSTRAINT pk_member PRIMARY KEY (id), 
    CONSTRAINT uq_member_email UNIQUE (email), 
    CONSTRAINT ck_member_status CHECK (status <> '')
);

ALTER TABLE member DROP CONSTRAINT uq_member_email;

ALTER TABLE member ADD CONSTRAINT uq_member_email_status UNIQUE (email, status);

ALTER TABLE member ADD CONSTRAINT ck_member_team CHECK (team_id > 0);

ALTER TABLE member ADD CONSTRAINT fk_member_team FOREIGN KEY(team_id) REFERENCES team (id) ON DELETE SET NULL;

ALTER TABLE member DROP CONSTRAINT ck_member_status;

