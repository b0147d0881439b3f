package com.safeward.organizations;

/** The kind of institution. */
public enum HospitalCategory {
    GENERAL, TCM, SPECIALIZED, MATERNAL_CHILD, PSYCHIATRIC, COMMUNITY, TOWNSHIP, OTHER
}
