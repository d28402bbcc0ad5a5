/** {@code fenghuang serve-ssh}: the reader and the commands served over SSH, one account's profile per key. */
package dev.fenghuang.ssh;
