/** The demo portal's generated content: the sample article, generated articles, comments and queue traffic. */
package dev.fenghuang.demo.seed;
