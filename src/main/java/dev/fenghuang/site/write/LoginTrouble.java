package dev.fenghuang.site.write;

import dev.fenghuang.model.SiteMessage;

/**
 * Why a sign-in was refused, read from the site's message so a front end knows what to ask for next. The tries
 * left, where the site says them, are in the message's {@code loginperm} value.
 */
public enum LoginTrouble {
    /** Wrong password or unknown user (登录失败，您还可以尝试 N 次 / 抱歉，您输入的密码有误). */
    WRONG_PASSWORD,
    /** Too many failures: locked for a while (密码错误次数过多，请 15 分钟后重新登录), even for the right password. */
    LOCKED_OUT,
    /** The account has a security question: missing or wrong, the site does not say which (请选择安全提问…). */
    SECURITY_QUESTION,
    /** The captcha was missing or wrong (抱歉，验证码填写错误), or the site wants one now. */
    CAPTCHA,
    /** Anything else: banned, not activated, a password the site calls illegal. */
    OTHER;

    public static LoginTrouble of(SiteMessage message) {
        String t = message.text();
        if (t.contains("次数过多")) {
            return LOCKED_OUT;
        }
        if (t.contains("安全提问")) {
            return SECURITY_QUESTION;
        }
        if (t.contains("验证码")) {
            return CAPTCHA;
        }
        if (t.contains("登录失败") || t.contains("密码有误")) {
            return WRONG_PASSWORD;
        }
        return OTHER;
    }

    /** Whether the message is a refused sign-in (the LOGIN_FAILED kind) rather than an account state. */
    static boolean isFailedTry(SiteMessage message) {
        LoginTrouble trouble = of(message);
        return trouble != OTHER && trouble != CAPTCHA || message.text().contains("密码空或包含非法字符");
    }
}
