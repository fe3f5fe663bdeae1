"""The application package of the app_types corpus project (imported by its revisions)."""
