package dev.fenghuang.demo;

/**
 * A member who can log in.
 *
 * @param password the plain password; "" for members who cannot log in
 * @param questionId the security question (1 母亲的名字 … 7), 0 for none
 * @param answer the answer to the security question, "" for none
 */
public record Account(Member member, String password, UserGroup group, int questionId, String answer) {
}
