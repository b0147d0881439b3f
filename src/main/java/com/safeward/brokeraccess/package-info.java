/**
 * Who may use the MQTT broker (issue 17, point 1; INC-1, TEC-7; GB 50394: no false triggering). A
 * device signs in with its user name ({@code hospitalCode/deviceCode}, or its bare code) and its
 * token, the same as over HTTP, and may publish only to its own topic; the node signs in with its
 * own credentials and is the only client that may subscribe. On the embedded broker
 * {@link com.safeward.brokeraccess.DeviceLogins} answers Moquette's authenticator and authorizator
 * from the device registry; an external Mosquitto 2 keeps a copy of the credentials in its
 * dynamic-security plugin, which SafeWard keeps in step through the plugin's control topic. What a
 * broker refused is counted per hospital and device, visible to the hospital's security officer,
 * and a burst alerts them ({@link com.safeward.brokeraccess.BrokerRefusalBurst}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Broker access",
        allowedDependencies = {"devices", "identity", "organizations", "personaldata"})
package com.safeward.brokeraccess;
