#!/usr/bin/env node
require('./load')('cli');
