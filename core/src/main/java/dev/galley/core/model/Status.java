package dev.galley.core.model;

/** Whether a briefing is ready for readers. Drafts are left out unless drafts are included. */
public enum Status {
    DRAFT, PUBLISHED
}
