/** Line of work (สายงาน) of a complaint from its organisation, categories and Thai words, with a confidence. */
package th.bma.anticorruption.routing.classification;
