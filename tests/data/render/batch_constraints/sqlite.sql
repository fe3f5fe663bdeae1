CREATE TABLE member (
    id INTEGER NOT NULL, 
    email VARCHAR(100) NOT NULL, 
    status VARCHAR(10), 
    team_id INTEGER, 
    CONSTRAINT pk_member PRIMARY KEY (id), 
    CONSTRAINT uq_member_email UNIQUE (email), 
    CONSTRAINT ck_member_status CHECK (status <> '')
);

CREATE TABLE _alembic_tmp_member (
    id INTEGER NOT NULL, 
    email VARCHAR(100) NOT NULL, 
    status VARCHAR(10), 
    team_id INTEGER, 
    CONSTRAINT pk_member PRIMARY KEY (id), 
    CONSTRAINT uq_member_email_status UNIQUE (email, status), 
    CONSTRAINT ck_member_team CHECK (team_id > 0), 
    CONSTRAINT fk_member_team FOREIGN KEY(team_id) REFERENCES team (id) ON DELETE SET NULL
);

INSERT INTO _alembic_tmp_member (id, email, status, team_id) SELECT member.id, member.email, member.status, member.team_id 
FROM member;

DROP TABLE member;

ALTER TABLE _alembic_tmp_member RENAME TO member;

