/** The unit directory: district offices and their sections, district groups, bureaus, working groups, NACC, PACC, the ก.ก. office and the centre. */
package th.bma.anticorruption.routing.directory;
