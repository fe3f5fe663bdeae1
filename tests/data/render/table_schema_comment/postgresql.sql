CREATE TABLE inv.item (
    id SERIAL NOT NULL, 
    label VARCHAR(20), 
    PRIMARY KEY (id)
);

COMMENT ON TABLE inv.item IS 'items';

COMMENT ON COLUMN inv.item.id IS 'the id';

COMMENT ON COLUMN inv.item.label IS 'it''s a label';

CREATE INDEX ix_item_label ON inv.item (label);

