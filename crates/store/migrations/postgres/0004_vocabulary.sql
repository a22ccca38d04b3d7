-- Words coordinators add to the vocabulary's synonyms (search understands them at once).
CREATE TABLE term_synonym (
    code TEXT NOT NULL,
    word TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (code, word)
);
