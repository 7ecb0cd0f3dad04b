// Next's defaults. Without this file Next would find the UI's own next.config.js
// in the folder above and build the floor with it.
const floorConfig = {};

export default floorConfig;
