#!/usr/bin/env python
# vim: set fileencoding=cp1252 :
revision = 'cp'
down_revision = None
