"""The members' network area: member authorities' staff, the experience exchange, the directory of people."""
