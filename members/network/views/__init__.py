"""The network area's views: the dashboard, the exchange, the directory and the member's own account."""
