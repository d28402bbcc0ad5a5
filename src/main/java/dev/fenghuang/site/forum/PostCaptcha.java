package dev.fenghuang.site.forum;

import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteMessage.Kind;
import dev.fenghuang.model.forum.CaptchaAnswer;
import dev.fenghuang.model.forum.ForumWrite;
import dev.fenghuang.site.write.CaptchaLoader;
import dev.fenghuang.site.write.FormData;
import dev.fenghuang.site.write.WriteTexts;
import java.io.IOException;

/**
 * The captcha of a forum post form (1.10, 4.4: {@code div#seccheck_fastpost} in the fast reply, the same check in
 * the quote popup and the new-thread form): a form that shows one is not sent without an answer (the image is
 * loaded and handed back as {@code NeedsCaptcha}, nothing sent, so no flood lock is taken); an answer goes back as
 * {@code seccodehash}/{@code seccodeverify}/{@code seccodemodid}; the site's 验证码填写错误 loads a fresh image under
 * the same hash, since every submit uses a code up.
 */
final class PostCaptcha {
    /** The prompt of Discuz's captcha loader script. */
    static final String PROMPT = "输入下图中的字符";

    private final CaptchaLoader loader;

    PostCaptcha(CaptchaLoader loader) {
        this.loader = loader;
    }

    /** The form with the answer in it, or the captcha to ask for first. */
    record Filled(FormData form, ForumWrite wanted) {
    }

    /** @param modid the module a form without its own names ({@code forum::viewthread} or {@code forum::post}) */
    Filled fill(FormData form, CaptchaAnswer answer, String modid) throws IOException {
        if (form.captcha() == null) {
            return new Filled(form, null);
        }
        if (answer == null || answer.text().isEmpty()) {
            return new Filled(null, ask(form.captcha(), form, new SiteMessage(PROMPT, Kind.OTHER)));
        }
        String hash = answer.hash() != null ? answer.hash() : form.captcha();
        return new Filled(form.with("seccodehash", hash).with("seccodeverify", answer.text())
                .with("seccodemodid", form.captchaModid() != null ? form.captchaModid() : modid), null);
    }

    /** After the site's answer: 验证码填写错误 becomes a fresh image to read, anything else stays as it is. */
    ForumWrite answered(ForumWrite written, FormData sent) throws IOException {
        if (written.result() instanceof PostResult.Refused r && WriteTexts.isCaptcha(r.message())) {
            String hash = sent.get("seccodehash") != null ? sent.get("seccodehash") : sent.captcha();
            if (hash != null) {
                return ask(hash, sent, r.message());
            }
        }
        return written;
    }

    private ForumWrite ask(String hash, FormData form, SiteMessage said) throws IOException {
        return ForumWrite.of(new PostResult.NeedsCaptcha(loader.load(hash, form.page()), said));
    }
}
