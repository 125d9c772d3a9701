/**
 * The JSON REST API under {@code /api}. Resources bind and validate, call one service and return
 * records; every error leaves as {@code application/problem+json}.
 */
package org.dictum.search.rest;
