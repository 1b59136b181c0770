/**
 * The SPARQL server: Fuseki over the claimgraph store.
 *
 * <p>Endpoints of the dataset {@code /kg}: {@code /kg/sparql}, {@code /kg/query} and {@code /kg}
 * answer queries; {@code /kg/get} (and {@code /kg?graph=…}) reads graphs. With updates enabled,
 * {@code /kg/update}, {@code /kg/sparql} and {@code /kg} also accept SPARQL Update and
 * {@code /kg/data} reads and writes graphs. The Fuseki UI is served at {@code /}, with the
 * read-only {@code /$/ping}, {@code /$/server} and {@code /$/stats}; there are no admin endpoints.
 *
 * <p>Limits: a query runs at most the configured time (a client's {@code timeout} parameter can
 * only lower it); SELECT answers carry at most the configured number of rows, and the response
 * headers {@code X-Claimgraph-Result-Limit} and {@code X-Claimgraph-Truncated} say so; SERVICE
 * calls are refused unless the endpoint is on the allow-list; {@code FROM} picks graphs of the
 * store and never loads anything.
 */
package org.claimgraph.server;
