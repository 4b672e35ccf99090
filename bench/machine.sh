#!/usr/bin/env bash
# Prints the machine and its load, for the record beside each figure.
echo "date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
lscpu | head
free -h
echo "load: $(uptime)"
