/**
 * The load generator: channel records in the platform's real mix (the Traffy Fondue firehose, mostly out of
 * scope; 1555 call records; officers' registrations) across Bangkok's 50 districts, with unique channel ids and
 * an optional fixed seed, as request bodies for the intake endpoints; and a writer of Traffy's public-dump CSV.
 */
package th.bma.anticorruption.load.generator;
