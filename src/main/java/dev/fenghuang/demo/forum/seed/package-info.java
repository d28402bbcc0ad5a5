/** The demo forum's sample content: the boards, their threads and the long thread tid 1, planted into the data. */
package dev.fenghuang.demo.forum.seed;
