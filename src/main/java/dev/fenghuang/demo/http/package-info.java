/** The demo portal's HTTP side: requests, answers, cookies, visits, form hashes and message answers. */
package dev.fenghuang.demo.http;
