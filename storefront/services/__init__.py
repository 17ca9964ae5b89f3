"""Business rules of the shop: plain functions called by views, webhooks, admin and commands."""
