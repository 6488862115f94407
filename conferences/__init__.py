"""The Security, Democracy & Cities conference series, Efus' events, their programmes and registration."""
