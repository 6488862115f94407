"""Views of the members app: the public pages the members section routes to, and the staff import screens."""
