/** Month editions: each month's report kept as it stood at the month's end, never changed, with corrections beside it. */
package th.bma.anticorruption.statistics.editions;
