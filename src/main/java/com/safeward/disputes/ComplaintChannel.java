package com.safeward.disputes;

/** How a complaint reached the hospital (DSP-1). */
public enum ComplaintChannel {
    /** 现场 */ IN_PERSON,
    /** 电话 */ PHONE,
    /** 信件 */ LETTER,
    /** 网络（医院网站、公众号等，由工作人员录入） */ ONLINE,
    /** 患者本人在公开页面提交（扫码） */ PUBLIC_PAGE
}
