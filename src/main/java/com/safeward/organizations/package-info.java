/**
 * Organizations and data scope (SUP-1): the region tree (province / city / county), police
 * stations, hospitals with the facts later rules need (grade, beds, outpatients, on-duty medical
 * staff, complex public order), departments, and areas with their types and key-area flag
 * (重点要害部位, PHY-2). Owns the roles of the catalog's actors and computes each actor's data
 * scope: hospital staff see their hospital, police the hospitals assigned to their station, a
 * regulator every hospital of its region subtree.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organizations and data scope",
        allowedDependencies = {"audit"})
package com.safeward.organizations;
